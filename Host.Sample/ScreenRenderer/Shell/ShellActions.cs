using System.Globalization;
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

        // ASP.NET's default form limits apply to an upload; the endpoint's own size check is the real limit.
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var key = NullIfEmpty(form[KeyField]);
        var route = RouteTemplate.Fill(action.Route, name => name == "key" ? key : NullIfEmpty(form[RoutePrefix + name]));
        var file = action.Inputs?.FirstOrDefault(input => input.Type == FieldType.File);
        var upload = file is null ? null : form.Files.GetFile(file.Id);
        if (file is not null && upload is not { Length: > 0 })
        {
            var missing = new ApiProblem(null, null, new Dictionary<string, string[]> { [file.DataPath] = [ShellTexts.FileMissing(culture)] });
            return await ShowAsync(context, shellPath, id, culture, screen, action, form, key, StatusCodes.Status400BadRequest, null, missing).ConfigureAwait(false);
        }

        var answer = await SendAsync(context, culture, screen, action, form, route, file, upload).ConfigureAwait(false);
        if (answer.Succeeded && action.ResultSectionId is null)
        {
            ShellNotice.Set(context, shellPath, Notice(culture, answer));
            return ShellEndpoints.SeeOther(context, ReturnUrl.LocalOr(form[ReturnField], $"{shellPath}/{Uri.EscapeDataString(id)}"));
        }

        var problem = answer.Succeeded ? new ApiProblem(null, null, new Dictionary<string, string[]>()) : ApiProblem.From(answer);
        return await ShowAsync(context, shellPath, id, culture, screen, action, form, key, answer.StatusCode, answer.Succeeded ? answer.Json : null, problem).ConfigureAwait(false);
    }

    /// <summary>The API call: the file as the body and the other inputs as the query when the action uploads one, else a JSON body.</summary>
    private async Task<ApiAnswer> SendAsync(HttpContext context, CultureInfo culture, ScreenDefinition screen, ScreenAction action, IFormCollection form, string route, ScreenField? file, IFormFile? upload)
    {
        var method = action.Method.ToUpperInvariant();
        var timeZone = UserTimeZone.For(context.User);
        if (file is null || upload is null)
        {
            var body = method == HttpMethods.Get ? null : JsonSerializer.SerializeToUtf8Bytes(ActionBody.Build(screen, action, form, timeZone));
            return await api.SendAsync(context, method, route, culture, body).ConfigureAwait(false);
        }

        await using var content = upload.OpenReadStream();
        var query = ActionBody.Query(action, form, timeZone).ToUriComponent();
        var target = route.Contains('?', StringComparison.Ordinal) && query.Length > 0 ? route + "&" + query[1..] : route + query;
        var mediaType = file.Choices is { Count: > 0 } choices ? choices[0] : "application/octet-stream";
        return await api.SendAsync(context, method, target, culture, content, mediaType).ConfigureAwait(false);
    }

    /// <summary>The screen again with the action's outcome: its result section filled, or the problem beside the user's input.</summary>
    private async Task<IResult> ShowAsync(HttpContext context, string shellPath, string id, CultureInfo culture, ScreenDefinition screen, ScreenAction action, IFormCollection form, string? key, int statusCode, JsonElement? result, ApiProblem problem)
    {
        var submitted = form.Where(f => !f.Key.StartsWith('_')).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var outcome = new ActionOutcome(action.Id, statusCode, problem.Title, problem.Detail, problem.Errors, submitted, result);
        var (page, failure) = await loader.PageAsync(context, culture, screen, key, outcome).ConfigureAwait(false);
        return page is null
            ? await pages.ProblemAsync(context, shellPath, id, failure!.StatusCode, ApiProblem.From(failure)).ConfigureAwait(false)
            : await pages.ScreenAsync(context, shellPath, page, outcome.Succeeded ? StatusCodes.Status200OK : statusCode).ConfigureAwait(false);
    }

    /// <summary>"Done", with the created or changed record's number (or id) when the answer names one.</summary>
    private static string Notice(CultureInfo culture, ApiAnswer answer)
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
