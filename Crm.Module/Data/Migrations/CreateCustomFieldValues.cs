using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_custom_field_values</c>: one row per record and field, with the invariant text every read
/// returns and typed copies that filters seek on (<c>text_key</c>, the first 400 characters, keeps
/// the text index within SQL Server's key size). <c>crm_custom_field_records</c>: the version of a
/// record's custom fields, for optimistic concurrency apart from the record's own version.
/// </summary>
[Migration(2026_11_24_0021, "crm_custom_field_values, crm_custom_field_records")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateCustomFieldValues : Migration
{
    public override void Up()
    {
        Create.Table("crm_custom_field_values")
            .WithColumn("entity").AsString(20).NotNullable().PrimaryKey("pk_crm_custom_field_values")
            .WithColumn("record_key").AsString(100).NotNullable().PrimaryKey("pk_crm_custom_field_values")
            .WithColumn("code").AsString(60).NotNullable().PrimaryKey("pk_crm_custom_field_values")
            .WithColumn("text_value").AsString(4000).NotNullable()
            .WithColumn("text_key").AsString(400).Nullable()
            .WithColumn("number_value").AsDecimal(19, 6).Nullable()
            .WithColumn("date_value").AsDate().Nullable();

        Create.Index("ix_crm_custom_field_values_text").OnTable("crm_custom_field_values")
            .OnColumn("entity").Ascending().OnColumn("code").Ascending().OnColumn("text_key").Ascending();
        Create.Index("ix_crm_custom_field_values_number").OnTable("crm_custom_field_values")
            .OnColumn("entity").Ascending().OnColumn("code").Ascending().OnColumn("number_value").Ascending();
        Create.Index("ix_crm_custom_field_values_date").OnTable("crm_custom_field_values")
            .OnColumn("entity").Ascending().OnColumn("code").Ascending().OnColumn("date_value").Ascending();

        Create.Table("crm_custom_field_records")
            .WithColumn("entity").AsString(20).NotNullable().PrimaryKey("pk_crm_custom_field_records")
            .WithColumn("record_key").AsString(100).NotNullable().PrimaryKey("pk_crm_custom_field_records")
            .WithColumn("version").AsInt32().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("crm_custom_field_records");
        Delete.Table("crm_custom_field_values");
    }
}
