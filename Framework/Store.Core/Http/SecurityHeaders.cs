using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Store.Core.Http;

/// <summary>
/// Headers every response carries (README, "Security headers"). The policy allows scripts from the site only:
/// pages load their scripts from files, never inline, so an injected <c>&lt;script&gt;</c> does not run.
/// Styles may be inline (the admin indents trees with a style attribute); a style cannot run code.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IConfiguration configuration, IEnumerable<FormActionSource> formActions)
{
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (<see cref="Api.ApiDocs.ReferencePath"/>) only: Scalar starts its bundled script (served by the
    /// shop) from an inline one, admitted by this response's nonce. Still no remote source of any kind.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) => DefaultPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);

    public const string DefaultPermissions =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    // A configured policy is taken as written; the default one lets forms lead to the origins modules register.
    private readonly string _policy = configuration["Security:ContentSecurityPolicy"] is { Length: > 0 } policy ? policy
        : DefaultPolicy.Replace("form-action 'self'", string.Join(' ', formActions.Select(f => f.Origin).Prepend("form-action 'self'").Distinct()), StringComparison.Ordinal);
    private readonly string _permissions = configuration["Security:PermissionsPolicy"] is { Length: > 0 } permissions ? permissions : DefaultPermissions;

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = _permissions;
        headers.ContentSecurityPolicy = _policy;
        return next(context);
    }
}
