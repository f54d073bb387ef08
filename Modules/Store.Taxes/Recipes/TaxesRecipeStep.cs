using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Recipes;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;

namespace Store.Taxes.Recipes;

/// <summary>
/// <c>{ "name": "taxes", "categories": [ { "code", "name", "default"? } ], "rates": [ { "category", "country",
/// "region"?, "postalPrefix"?, "rate", "name" } ], "settings": { "pricesIncludeTax", "shopCountry",
/// "shippingCategory"? } }</c>, applied in that order through the same rules as the admin.
/// </summary>
internal sealed class TaxesRecipeStep : IRecipeStep
{
    public string Name => "taxes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<TaxEditor>();
        foreach (var (item, path) in context.Items("categories").ToList())
        {
            var input = new TaxCategoryInput(
                context.RequiredString(item, "code", path, TaxCategory.CodeMaxLength),
                context.RequiredString(item, "name", path, TaxCategory.NameMaxLength),
                context.OptionalBoolean(item, "default", path, false));
            Check(context, path, await editor.SaveCategoryAsync(null, input, cancellationToken));
        }

        foreach (var (item, path) in context.Items("rates").ToList())
        {
            var input = new TaxRateInput(
                context.RequiredString(item, "category", path, TaxCategory.CodeMaxLength),
                context.RequiredString(item, "country", path, 2),
                context.OptionalString(item, "region", path, TaxRate.RegionMaxLength),
                context.OptionalString(item, "postalPrefix", path, TaxRate.PostalPrefixMaxLength),
                item.TryGetProperty("rate", out var rate) && rate.ValueKind == JsonValueKind.Number && rate.TryGetDecimal(out var percent)
                    ? percent
                    : throw context.Error($"{path}.rate", "must be a number (20 for 20 %)"),
                context.RequiredString(item, "name", path, TaxRate.NameMaxLength));
            Check(context, path, await editor.SaveRateAsync(null, input, cancellationToken));
        }

        if (context.Step.TryGetProperty("settings", out var settings))
        {
            var input = new TaxSettingsInput(
                context.OptionalBoolean(settings, "pricesIncludeTax", "settings", true),
                context.RequiredString(settings, "shopCountry", "settings", 2),
                context.OptionalString(settings, "shippingCategory", "settings", TaxCategory.CodeMaxLength));
            Check(context, "settings", await editor.SaveSettingsAsync(input, cancellationToken));
        }
    }

    private static void Check<T>(RecipeStepContext context, string path, EditResult<T> result)
        where T : class
    {
        if (!result.IsSaved)
        {
            var (field, message) = result.Errors.First();
            throw context.Error(field.Length == 0 ? path : $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message);
        }
    }
}
