using Fluid;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Addresses;
using Store.Accounts.Admin;
using Store.Accounts.Api;
using Store.Accounts.ApiClients;
using Store.Accounts.Audit;
using Store.Accounts.Consents;
using Store.Accounts.Emails;
using Store.Accounts.Passwords;
using Store.Accounts.Privacy;
using Store.Accounts.Profile;
using Store.Accounts.Registration;
using Store.Accounts.Roles;
using Store.Accounts.Sessions;
using Store.Accounts.Setup;
using Store.Accounts.SignIn;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Hosting;
using Store.Core.Modules;
using Store.Core.RateLimits;
using Store.Core.Security;
using Store.Core.Setup;

namespace Store.Accounts;

/// <summary>Users, roles, sign-in, profile, addresses and API tokens on ASP.NET Core Identity.</summary>
public sealed class AccountsModule : StoreModule
{
    public override IEnumerable<Permission> Permissions => AccountsPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Users", "/admin/users", AccountsPermissions.ManageUsers.Name, 90, "Settings"),
        new("Audit log", "/admin/audit", AccountsPermissions.ManageUsers.Name, 91, "Settings"),
        new("API clients", "/admin/api-clients", AccountsPermissions.ManageApiClients.Name, 92, "Settings"),
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddIdentity<User, Role>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length is what makes a password hard to guess; one lower-case letter and one digit stop
                // the commonest single-word and all-digit choices without the frustration of more classes.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                // Five wrong passwords lock the account for 15 minutes: slows guessing, and the owner recovers alone.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.EmailConfirmationTokenProvider = TimedTokenProvider.Name;
                options.Tokens.PasswordResetTokenProvider = TimedTokenProvider.Name;
                options.Tokens.ChangeEmailTokenProvider = TimedTokenProvider.Name;
            })
            .AddEntityFrameworkStores<StoreDbContext>()
            .AddSignInManager<StoreSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TimedTokenProvider>(TimedTokenProvider.Name)
            .AddClaimsPrincipalFactory<StoreClaimsPrincipalFactory>();

        // Roles and names in the cookie are refreshed every 5 minutes; the session and the stamp are checked
        // on every signed-in request (SessionCheck), so sign-out or a password change applies at once.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
            options.OnRefreshingPrincipal = SessionCheck.KeepSessionAsync;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Store.Auth";
            // Signed in everywhere, whichever language's page the form was on (PathBase holds the culture prefix).
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/error/403";
            options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
        });

        // The admin's sign-in page is a Razor Page: it gets the per-address sign-in limit by convention.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddAreaPageApplicationModelConvention(
            "Admin", "/Login", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn))));
        services.AddHttpContextAccessor();
        services.AddScoped<ISetupHandler, AccountsSetupHandler>();
        services.AddSingleton<ISessionInfo, AccountSessionInfo>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<UserRegistration>();
        services.AddScoped<PasswordChanges>();
        services.AddScoped<ProfileChanges>();
        services.AddScoped<AddressBook>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<SessionStore>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ConsentLog>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, ConsentPersonalData>();
        services.AddSingleton<Store.Core.Liquid.IPageValues, ConsentPageValues>();
        services.AddScoped<AccountPrivacy>();
        services.AddScoped<UserAccessChanges>();
        services.AddSingleton<EmailUndoTokens>();
        services.AddScoped<ApiClientStore>();
        services.AddSingleton(ReadOptions(configuration));
        services.AddSingleton<UnconfirmedAccountCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<UnconfirmedAccountCleanup>());
        JwtSigningKey.CheckConfigured(configuration);
        services.AddStoreJwtBearer();
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<EmailLink>();
        options.MemberAccessStrategy.Register<RegisterForm>();
        options.MemberAccessStrategy.Register<SignInForm>();
        options.MemberAccessStrategy.Register<ResendForm>();
        options.MemberAccessStrategy.Register<ForgotPasswordForm>();
        options.MemberAccessStrategy.Register<ResetPasswordForm>();
        options.MemberAccessStrategy.Register<ChangePasswordForm>();
        options.MemberAccessStrategy.Register<ProfileForm>();
        options.MemberAccessStrategy.Register<UndoForm>();
        options.MemberAccessStrategy.Register<SessionsPage>();
        options.MemberAccessStrategy.Register<AccountSummary>();
        options.MemberAccessStrategy.Register<AddressInput>();
        options.MemberAccessStrategy.Register<AddressView>();
        options.MemberAccessStrategy.Register<AddressListPage>();
        options.MemberAccessStrategy.Register<AddressFormPage>();
        options.MemberAccessStrategy.Register<SessionView>();
        options.MemberAccessStrategy.Register<ErasureForm>();
        options.MemberAccessStrategy.Register<ErasureView>();
        options.MemberAccessStrategy.Register<CookieSettingsPage>();
        options.MemberAccessStrategy.Register<MarketingConsentView>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/account").RequireSignInRateLimit();
        open.MapRegistrationEndpoints();
        open.MapSignInEndpoints();
        open.MapPasswordResetEndpoints();
        open.MapEmailChangeEndpoints();

        var signedIn = endpoints.MapGroup("/account").RequireAuthorization();
        signedIn.MapProfileEndpoints();
        signedIn.MapChangePasswordEndpoints();
        signedIn.MapAddressEndpoints();
        signedIn.MapSessionEndpoints();
        signedIn.MapPrivacyEndpoints();
        signedIn.MapMarketingConsentEndpoints();
        endpoints.MapCookieConsentEndpoints();

        endpoints.MapAccountsApi();
    }

    // Access denied answers 403 on the spot (the status page shows the themed message); a signed-out
    // visitor goes to the sign-in page of the part of the site they were in; the JSON API answers 401.
    private static AccountsOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();
        var linkLifetime = TimedTokenProvider.LifetimeOf(UserManager<User>.ConfirmEmailTokenPurpose);
        if (options.UnconfirmedAccountMaxAge < linkLifetime)
        {
            // Shorter would delete accounts whose confirmation link still works, and the link would then fail.
            throw new InvalidOperationException(
                $"Accounts:UnconfirmedAccountMaxAge is {options.UnconfirmedAccountMaxAge}; it must be at least the confirmation link's lifetime ({linkLifetime}).");
        }

        return options;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status403Forbidden || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var target = context.RedirectUri;
        if (context.Request.Path.StartsWithSegments("/admin"))
        {
            target = target.Replace(context.Options.LoginPath.Value!, "/admin/login", StringComparison.Ordinal);
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
