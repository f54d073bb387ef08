using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Recipes;
using Store.Promotions.Coupons;
using Store.Promotions.Sales;

namespace Store.Promotions.Recipes;

/// <summary>
/// <c>{ "name": "promotions", "coupons": [ CouponInput… ], "promotions": [ PromotionInput… ] }</c>: each item has
/// the API's JSON shape (<c>{ "code": "SPRING-10", "description": "…", "kind": "percentage", "percent": 10,
/// "categories": ["lamps"] }</c>) and is saved through the same editor as the admin and the API.
/// </summary>
internal sealed class PromotionsRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "promotions";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var coupons = context.Services.GetRequiredService<CouponEditor>();
        foreach (var (item, path) in context.Items("coupons").ToList())
        {
            Check(context, path, await coupons.SaveAsync(null, Read<CouponInput>(context, item, path), cancellationToken));
        }

        var promotions = context.Services.GetRequiredService<PromotionEditor>();
        foreach (var (item, path) in context.Items("promotions").ToList())
        {
            Check(context, path, await promotions.SaveAsync(null, Read<PromotionInput>(context, item, path), cancellationToken));
        }
    }

    private static T Read<T>(RecipeStepContext context, JsonElement item, string path)
    {
        try
        {
            return item.Deserialize<T>(Json) ?? throw context.Error(path, "must be an object");
        }
        catch (JsonException e)
        {
            throw context.Error(e.Path is { Length: > 1 } at ? $"{path}{at[1..]}" : path, "has a value of the wrong type");
        }
    }

    private static void Check<T>(RecipeStepContext context, string path, EditResult<T> result)
        where T : class
    {
        if (!result.IsSaved)
        {
            var (field, message) = result.Errors.First();
            throw context.Error($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message);
        }
    }
}
