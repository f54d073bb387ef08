using Microsoft.AspNetCore.Http;

namespace Store.Core.Hosting;

/// <summary>
/// Adds a per-visitor value to <c>GET /session</c>, which pages fetch after load so their HTML
/// can be cached for everyone (the Cart module adds <c>cartCount</c>).
/// </summary>
public interface ISessionInfo
{
    Task ContributeAsync(HttpContext http, IDictionary<string, object?> values);
}
