using System.Text;
using Crm.Abstractions.Common;
using Crm.Module.Api;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Tests.Api;

/// <summary>
/// Half a surrogate pair (<c>"\ud800"</c>) is valid JSON that no .NET string can hold: the hostile-input
/// test found it turned into a 500. Each way a body reads text must refuse it as a field error.
/// </summary>
[TestClass]
public sealed class JsonBodyTests
{
    [TestMethod]
    [DataRow("text")]
    [DataRow("amount")]
    [DataRow("tags")]
    public async Task A_lone_surrogate_is_a_field_error_not_a_crash(string field)
    {
        var body = await ReadAsync("""{"text":"\ud800","amount":"\udc00","tags":["ok","\ud800x"]}""");

        _ = field switch
        {
            "text" => (object?)body.OptionalString(field),
            "amount" => body.OptionalDecimal(field),
            _ => body.StringList(field),
        };

        var refused = Assert.ThrowsExactly<CrmValidationException>(body.ThrowIfInvalid);
        CollectionAssert.AreEqual(new[] { field }, refused.Errors.Keys.ToList());
    }

    [TestMethod]
    public async Task A_whole_surrogate_pair_is_ordinary_text()
    {
        var body = await ReadAsync("""{"text":"\ud83d\ude00"}""");

        Assert.AreEqual("😀", body.OptionalString("text"));
        body.ThrowIfInvalid();
    }

    private static Task<JsonBody> ReadAsync(string json)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return JsonBody.ReadAsync(context.Request, CancellationToken.None);
    }
}
