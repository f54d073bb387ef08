using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Recipes;
using Store.Shipping.Zones;

namespace Store.Shipping.Recipes;

/// <summary>
/// <c>{ "name": "shipping", "zones": [ { "name", "places": ["FR", "US-CA", "*"], "position"?, "methods": [ { "name",
/// "kind": "flat"|"total"|"weight", "price"?, "bands"?: [ { "from", "price" } ], "freeFrom"? } ] } ] }</c>:
/// the same shape as the API's zones (amounts in minor units, weights in grams), through the same rules.
/// </summary>
internal sealed class ShippingRecipeStep : IRecipeStep
{
    public string Name => "shipping";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<ShippingEditor>();
        foreach (var (item, path) in context.Items("zones").ToList())
        {
            ShippingZoneInput? input;
            try
            {
                input = item.Deserialize<ShippingZoneInput>(JsonSerializerOptions.Web);
            }
            catch (JsonException e)
            {
                throw context.Error(path, $"is not a zone: {e.Message}");
            }

            var saved = await editor.SaveZoneAsync(null, input ?? throw context.Error(path, "must be an object"), cancellationToken);
            if (!saved.IsSaved)
            {
                var (field, message) = saved.Errors.First();
                throw context.Error($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message);
            }
        }
    }
}
