using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.ScreenRenderer.Shell;
using Crm.Abstractions.Api;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Notifications;
using Crm.Abstractions.Security;
using Host.Sample;
using Host.Sample.AddOns;
using Host.Sample.Erp;
using Host.Sample.Erp.Screens;
using Host.Sample.Inbox;
using Host.Sample.Security;
using Host.Sample.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

// What the host supplies to add-ons: the ERP database, the signed-in user, a clock, creating ERP customers.
builder.Services.AddSingleton<IErpDatabase>(SampleErpDatabase.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddSingleton<IErpCustomerProvisioning, SampleCustomerProvisioning>();
builder.Services.AddErpScreens();

// The sample ERP's in-app inbox receives the add-ons' notifications.
builder.Services.AddSingleton<InAppInbox>();
builder.Services.AddSingleton<INotificationChannel>(services => services.GetRequiredService<InAppInbox>());

// The sample ERP's own tables and demo data, ready before any add-on starts.
builder.Services.AddHostedService<ErpStartup>();

// Sign-in: a cookie for browsers, HTTP Basic on loopback for API calls; the Authorization header decides.
builder.Services.AddSingleton<DemoUserStore>();
builder.Services.AddAntiforgery();
builder.Services.AddProblemDetails();
builder.Services
    .AddAuthentication("Demo")
    .AddPolicyScheme("Demo", "Cookie or Basic", options => options.ForwardDefaultSelector = context =>
        context.Request.Headers.Authorization.Count > 0 ? BasicAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/signin";
        options.Cookie.Name = "erpcrm.auth";
        options.Events.OnRedirectToLogin = context => ChallengeApiWith401(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ChallengeApiWith401(context, StatusCodes.Status403Forbidden);
    })
    .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorization();

// The screens as HTML pages (the shell), in the user's language and time zone.
builder.Services.AddScreenRenderer(options => options.SignOutPath = SignInEndpoints.SignOutPath);

// Add-ons: loaded from the add-on folder through the plugin loader, never referenced at compile time.
var addOnFolder = Path.Combine(AppContext.BaseDirectory, builder.Configuration["HostSample:AddOnFolder"] ?? "addons");
var addOns = AddOnLoader.LoadAll(addOnFolder);
builder.Services.AddSingleton(addOns);
builder.Host.ConfigureContainer<ContainerBuilder>(container =>
{
    // The add-on loads its vertical plugins while the container is built and reads their folder
    // (Crm:Plugins:Folder) from this configuration; nothing can be resolved yet at that point.
    container.Properties[CrmContainerProperties.Configuration] = builder.Configuration;
    foreach (var module in addOns.SelectMany(a => a.Modules))
    {
        container.RegisterModule(module);
    }
});

var app = builder.Build();
foreach (var addOn in addOns)
{
    if (addOn.Loaded)
    {
        HostLog.AddOnLoaded(app.Logger, addOn.Name, addOn.Modules.Count);
    }
    else
    {
        HostLog.AddOnFailed(app.Logger, addOn.Name, addOn.Error);
    }
}

// The shell captures everything after it to call the API in-process, so it comes first and routing
// is explicit (else WebApplication would put routing before it). Localization follows authentication
// because the signed-in user's locale claim is one of its sources.
app.UseScreenRenderer();
app.UseRouting();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRequestLocalization();
app.UseAuthorization();
app.UseAntiforgery();
app.MapSignIn();
app.MapScreenShell(SignInEndpoints.ScreensPath);

app.MapGet("/inbox", (HttpContext context, InAppInbox inbox, CancellationToken ct) =>
    inbox.ForAsync(context.User.Identity!.Name!, 50, ct)).RequireAuthorization();

app.MapErpApi();
var api = app.MapGroup("/api/crm").RequireAuthorization();
foreach (var contributor in app.Services.GetServices<ICrmApiContributor>())
{
    contributor.MapEndpoints(api);
}

try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    HostLog.Stopped(app.Logger, e.Message);
    return 1;
}

// API callers get a status code, not a redirect to the sign-in page.
static Task ChallengeApiWith401(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
{
    if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}
