using System.Globalization;
using Fluid;
using Fluid.Values;
using Store.Core.Assets;

namespace Store.Core.Liquid;

/// <summary>Store-wide Liquid filters: <c>money</c>, <c>short_date</c>, <c>short_datetime</c> and <c>asset_url</c>. Localization adds <c>t</c>.</summary>
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

        // {{ order.placed_utc | short_date }}, {{ session.seen_utc | short_datetime }}: the visitor's culture's own
        // way (25/11/2026 in French, 11/25/2026 in English), as money is, instead of one fixed pattern for everybody.
        options.Filters.AddFilter("short_date", (input, arguments, context) => Date(input, context, "d"));
        options.Filters.AddFilter("short_datetime", (input, arguments, context) => Date(input, context, "g"));

        // {{ "site.css" | asset_url }} -> /assets/site.css?v=<hash>
        options.Filters.AddFilter("asset_url", (input, arguments, context) =>
            new StringValue(assets.UrlOf(input.ToStringValue())));
    }

    private static ValueTask<FluidValue> Date(FluidValue input, TemplateContext context, string format) => input.ToObjectValue() switch
    {
        DateTime value => new StringValue(value.ToString(format, context.CultureInfo)),
        DateTimeOffset value => new StringValue(value.ToString(format, context.CultureInfo)),
        _ => NilValue.Instance,
    };
}
