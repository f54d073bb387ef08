using System.Text.Json;
using Store.Core.Data;
using Store.Core.Recipes;

namespace Store.Content.Recipes;

internal static class RecipeResults
{
    /// <summary>Fails the step on the first error, naming the recipe's field (camelCase) under <paramref name="path"/>.</summary>
    public static void Check<T>(RecipeStepContext context, string path, EditResult<T> result)
        where T : class
    {
        if (result.NotFound)
        {
            throw context.Error(path, "names nothing that exists");
        }

        if (!result.IsSaved)
        {
            var (field, message) = result.Errors.First();
            throw context.Error(field.Length == 0 ? path : $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message);
        }
    }
}
