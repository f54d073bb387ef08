using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Translations;
using Store.Core.Recipes;

namespace Store.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "translations", "culture": "fr", "products": [ { "slug", "name"?, "description"?, "seoTitle"?,
/// "seoDescription"? } ], "categories": [ { "slug", "name"?, "description"? } ], "attributes": [ { "slug", "name"?,
/// "choices": { "Red": "Rouge" } } ] }</c>: content in a culture other than the default, by slug, after the steps that
/// made the products, categories and attributes.
/// </summary>
internal sealed class TranslationsRecipeStep : IRecipeStep
{
    public string Name => "translations";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<ContentTranslationEditor>();
        var culture = context.RequiredString(context.Step, "culture", "culture", ContentTranslation.CultureMaxLength);
        if (!context.Services.GetRequiredService<ContentCultures>().Others.Contains(culture))
        {
            // A shop set up without that culture (Localization:Cultures) still takes the rest of the recipe.
            return;
        }

        var db = context.Db;
        var products = await db.Set<Product>().AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Id, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var attributes = await db.Set<AttributeDefinition>().AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        foreach (var (kind, field, ids) in new[] { (ContentKind.Product, "products", products), (ContentKind.Category, "categories", categories), (ContentKind.Attribute, "attributes", attributes) })
        {
            foreach (var (item, path) in context.Items(field).ToList())
            {
                var slug = context.RequiredString(item, "slug", path, Slugs.MaxLength);
                if (!ids.TryGetValue(slug, out var id))
                {
                    throw context.Error(path + ".slug", $"names no {field[..^1]} '{slug}'");
                }

                var choices = new Dictionary<string, string>(StringComparer.Ordinal);
                if (item.TryGetProperty("choices", out var map) && map.ValueKind == JsonValueKind.Object)
                {
                    foreach (var choice in map.EnumerateObject())
                    {
                        choices[choice.Name] = choice.Value.ValueKind == JsonValueKind.String ? choice.Value.GetString()! : throw context.Error($"{path}.choices.{choice.Name}", "must be a string");
                    }
                }

                var input = new ContentTranslationInput(
                    context.OptionalString(item, "name", path, 20_000),
                    context.OptionalString(item, "description", path, 20_000),
                    context.OptionalString(item, "seoTitle", path, 20_000),
                    context.OptionalString(item, "seoDescription", path, 20_000),
                    choices);
                context.Check(path, await editor.SaveAsync(kind, id, culture, input, cancellationToken));
            }
        }
    }
}
