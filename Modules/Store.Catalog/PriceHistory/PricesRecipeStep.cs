using Microsoft.Extensions.DependencyInjection;
using Store.Core.Recipes;

namespace Store.Catalog.PriceHistory;

/// <summary>
/// <c>{ "name": "prices", "showLowestPriorPrice": true }</c>: the price display setting; then the price history's
/// first rows, so a new shop's discounts have a prior price from the start. Run after <c>products</c>.
/// </summary>
internal sealed class PricesRecipeStep : IRecipeStep
{
    public string Name => "prices";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var show = context.OptionalBoolean(context.Step, "showLowestPriorPrice", "showLowestPriorPrice", fallback: false);
        await context.Services.GetRequiredService<PriorPrices>().SaveAsync(show, cancellationToken);
        await context.Services.GetRequiredService<PriceHistoryRecorder>().RecordAsync(cancellationToken);
    }
}
