using System.Globalization;
using Fluid;
using Fluid.Values;
using Store.Core.Assets;

namespace Store.Core.Liquid;

/// <summary>Store-wide Liquid filters: <c>money</c> and <c>asset_url</c>. Localization adds <c>t</c>.</summary>
internal static class LiquidFilters
{
    public static void Register(TemplateOptions options, StaticAssets assets)
    {
        // {{ product.price_minor | money: product.currency }}
        options.Filters.AddFilter("money", (input, arguments, context) =>
        {
            var currency = arguments.At(0).ToStringValue();
            var amount = (long)input.ToNumberValue();
            var money = new Money.Money(amount, string.IsNullOrEmpty(currency) ? "USD" : currency);
            return new StringValue(money.Format(CultureInfo.CurrentCulture));
        });

        // {{ "site.css" | asset_url }} -> /assets/site.css?v=<hash>
        options.Filters.AddFilter("asset_url", (input, arguments, context) =>
            new StringValue(assets.UrlOf(input.ToStringValue())));
    }
}
