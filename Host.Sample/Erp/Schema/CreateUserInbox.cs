using FluentMigrator;

namespace Host.Sample.Erp.Schema;

/// <summary>
/// The sample ERP's in-app inbox: notifications per user, filled by add-ons through
/// <c>INotificationChannel</c>. The id is the notification's id, so a redelivery is ignored.
/// </summary>
[Migration(6, "erp_user_inbox")]
public sealed class CreateUserInbox : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("erp_user_inbox")
            .WithColumn("id").AsString(36).NotNullable().PrimaryKey("pk_erp_user_inbox")
            .WithColumn("recipient").AsString(100).NotNullable()
            .WithColumn("subject").AsString(300).NotNullable()
            .WithColumn("text").AsString(4000).Nullable()
            .WithColumn("regarding").AsString(200).NotNullable()
            .WithColumn("created_at").AsDateTime2().NotNullable();

        Create.Index("ix_erp_user_inbox_recipient").OnTable("erp_user_inbox")
            .OnColumn("recipient").Ascending()
            .OnColumn("created_at").Descending();
    }
}
