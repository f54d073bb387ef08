using System.Globalization;
using Microsoft.AspNetCore.Http;
using Store.Core.Liquid;

namespace Store.Taxes.Settings;

/// <summary>Adds <see cref="TaxNote"/> as <c>tax</c> to every page, so price templates can say how tax is counted.</summary>
internal sealed class TaxPageValues(TaxSetupCache setup) : IPageValues
{
    public async Task AddAsync(HttpContext http, IDictionary<string, object?> values)
    {
        var current = await setup.GetAsync(http.RequestAborted);
        var standard = await setup.StandardRateAsync(http.RequestAborted);
        values["tax"] = (current.PricesIncludeTax, standard) switch
        {
            (true, { Rate: > 0 } rate) => new TaxNote(true, true, rate.Rate.ToString("0.####", CultureInfo.CurrentCulture), rate.Name),
            // "plus tax" whenever the shop taxes anything: the rate depends on where it ships (US states).
            (false, _) when current.Categories.Count > 0 => new TaxNote(true, false, "", ""),
            _ => new TaxNote(false, current.PricesIncludeTax, "", ""),
        };
    }
}
