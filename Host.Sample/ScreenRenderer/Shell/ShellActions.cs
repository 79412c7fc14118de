using System.Text.Json;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// <c>POST {shell}/{id}/actions/{actionId}</c>: takes a screen's action as the user. The action is
/// looked up in the definition the API gives this user (so a hidden action cannot be posted), its
/// route and body filled from the form, and the API's answer shown: a redirect with a notice on
/// success, the screen again with the problem and the user's input on failure.
/// </summary>
public sealed class ShellActions(InProcessApi api, ScreenPageLoader loader, ShellPages pages, IAntiforgery antiforgery)
{
    /// <summary>Form field with the card's record key, for <c>{key}</c> in the action's route.</summary>
    public const string KeyField = "_key";

    /// <summary>Prefix of form fields filling the action route's other placeholders.</summary>
    public const string RoutePrefix = "_route.";

    /// <summary>Form field with the local URL to go back to after success.</summary>
    public const string ReturnField = "_return";

    /// <summary>Takes the action <paramref name="actionId"/> of screen <paramref name="id"/> with the posted form.</summary>
    public async Task<IResult> TakeAsync(HttpContext context, string shellPath, string id, string actionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await ShellEndpoints.IsValidPostAsync(context, antiforgery).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var culture = ShellPages.CultureOf(context);
        var (screen, refusal) = await loader.DefinitionAsync(context, culture, id).ConfigureAwait(false);
        if (screen is null)
        {
            return await pages.ProblemAsync(context, shellPath, id, refusal.StatusCode, ApiProblem.From(refusal)).ConfigureAwait(false);
        }

        var action = screen.Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return await pages.ProblemAsync(context, shellPath, id, StatusCodes.Status403Forbidden, null).ConfigureAwait(false);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var key = NullIfEmpty(form[KeyField]);
        var route = RouteTemplate.Fill(action.Route, name => name == "key" ? key : NullIfEmpty(form[RoutePrefix + name]));
        var method = action.Method.ToUpperInvariant();
        var body = method == HttpMethods.Get ? null : JsonSerializer.SerializeToUtf8Bytes(ActionBody.Build(screen, action, form, UserTimeZone.For(context.User)));
        var answer = await api.SendAsync(context, method, route, culture, body).ConfigureAwait(false);

        if (answer.Succeeded && action.ResultSectionId is null)
        {
            ShellNotice.Set(context, shellPath, Notice(culture, answer));
            return ShellEndpoints.SeeOther(context, ReturnUrl.LocalOr(form[ReturnField], $"{shellPath}/{Uri.EscapeDataString(id)}"));
        }

        var problem = answer.Succeeded ? new ApiProblem(null, null, new Dictionary<string, string[]>()) : ApiProblem.From(answer);
        var submitted = form.Where(f => !f.Key.StartsWith('_')).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var outcome = new ActionOutcome(action.Id, answer.StatusCode, problem.Title, problem.Detail, problem.Errors, submitted, answer.Succeeded ? answer.Json : null);
        var (page, failure) = await loader.PageAsync(context, culture, screen, key, outcome).ConfigureAwait(false);
        return page is null
            ? await pages.ProblemAsync(context, shellPath, id, failure!.StatusCode, ApiProblem.From(failure)).ConfigureAwait(false)
            : await pages.ScreenAsync(context, shellPath, page, answer.Succeeded ? StatusCodes.Status200OK : answer.StatusCode).ConfigureAwait(false);
    }

    /// <summary>"Done", with the created or changed record's number (or id) when the answer names one.</summary>
    private static string Notice(System.Globalization.CultureInfo culture, ApiAnswer answer)
    {
        var done = ShellTexts.Done(culture);
        if (answer.Json is { ValueKind: JsonValueKind.Object } json)
        {
            foreach (var name in new[] { "number", "id" })
            {
                if (json.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    return $"{done}: {value}";
                }
            }
        }

        return done;
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.ToString();
        return value.Length == 0 ? null : value;
    }
}
