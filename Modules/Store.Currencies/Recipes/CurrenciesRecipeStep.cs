using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Recipes;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;

namespace Store.Currencies.Recipes;

/// <summary>
/// <c>{ "name": "currencies", "currencies": [ { "code", "roundTo"?, "ending"?, "rate", "appliesFrom"? } ] }</c>:
/// each currency is added and given its rate through the same rules as the admin. <c>roundTo</c> defaults to the
/// minor unit; <c>appliesFrom</c> (<c>yyyy-MM-dd</c>) to the day of setup. The shop's base currency is skipped.
/// </summary>
internal sealed class CurrenciesRecipeStep : IRecipeStep
{
    public string Name => "currencies";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<CurrencyEditor>();
        foreach (var (item, path) in context.Items("currencies").ToList())
        {
            var code = context.RequiredString(item, "code", path, 3);
            // The demo recipe sells in EUR, GBP and JPY besides USD: set up with one of them as the base, that one is skipped.
            if (string.Equals(code, context.Currency, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var roundTo = context.OptionalDecimal(item, "roundTo", path) ?? Core.Money.Money.Major(1, code);
            context.Check(path, await editor.SaveCurrencyAsync(null, new CurrencyInput(code, roundTo, context.OptionalDecimal(item, "ending", path) ?? 0m), cancellationToken));
            var day = context.OptionalString(item, "appliesFrom", path, 10) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw context.Error($"{path}.appliesFrom", "must be a day, yyyy-MM-dd")
                : (DateOnly?)null;
            var rate = context.OptionalDecimal(item, "rate", path) ?? throw context.Error($"{path}.rate", "is required (units of the currency per one unit of the base currency)");
            context.Check(path, await editor.SaveRateAsync(new RateInput(code, rate, day), "recipe", cancellationToken));
        }
    }
}
