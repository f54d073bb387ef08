using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;

namespace Store.Core.Recipes;

/// <summary>Runs a recipe's steps in order with the handlers the modules registered.</summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStep> handlers)
{
    public async Task ExecuteAsync(Recipe recipe, IServiceProvider services, string currency, CancellationToken cancellationToken)
    {
        var byName = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        var db = services.GetRequiredService<StoreDbContext>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var stepName = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : throw new RecipeException($"#{i + 1}", "name", "every step needs a name");
            if (!byName.TryGetValue(stepName, out var handler))
            {
                throw new RecipeException(stepName, "name", $"no module handles a step named '{stepName}'");
            }

            await handler.ExecuteAsync(new RecipeStepContext(stepName, step, db, services, currency), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
