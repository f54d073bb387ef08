using Microsoft.AspNetCore.Http;
using Store.Core.Liquid;

namespace Store.Accounts.Consents;

/// <summary>The cookie banner's words on every page (<c>cookie_banner_text</c>), from the one place they are kept with their version.</summary>
internal sealed class ConsentPageValues : IPageValues
{
    public Task AddAsync(HttpContext http, IDictionary<string, object?> values)
    {
        values["cookie_banner_text"] = ConsentPurpose.OptionalCookies.Wording;
        return Task.CompletedTask;
    }
}
