using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Categories;
using Store.Core.Recipes;

namespace Store.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "categories", "categories": [ { "name", "slug"?, "description"?, "children": [ ... ] } ] }</c>:
/// the tree in display order.
/// </summary>
internal sealed class CategoriesRecipeStep : IRecipeStep
{
    public string Name => "categories";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<CategoryEditor>();
        await AddAsync(context, editor, context.Step, "categories", "categories", null, cancellationToken);
    }

    private static async Task AddAsync(RecipeStepContext context, CategoryEditor editor, JsonElement parent, string field, string path, string? parentSlug, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var (item, itemPath) in context.Items(parent, field, path).ToList())
        {
            var input = new CategoryInput(
                context.RequiredString(item, "name", itemPath, Category.NameMaxLength),
                context.OptionalString(item, "slug", itemPath, Slugs.MaxLength),
                context.OptionalString(item, "description", itemPath, Category.DescriptionMaxLength),
                parentSlug,
                order++);
            var (category, errors) = await editor.SaveAsync(null, input, cancellationToken);
            if (category is null)
            {
                var (key, message) = errors.First();
                throw context.Error($"{itemPath}.{key.ToLowerInvariant()}", message);
            }

            await AddAsync(context, editor, item, "children", itemPath + ".children", category.Slug, cancellationToken);
        }
    }
}
