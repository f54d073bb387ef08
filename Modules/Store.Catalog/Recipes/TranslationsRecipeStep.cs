using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Translations;
using Store.Catalog.Variants;
using Store.Core.Recipes;

namespace Store.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "translations", "culture": "fr", "products": [ { "slug" or "of", "name"?, "description"?, "seoTitle"?,
/// "seoDescription"? } ], "categories": [ { "slug" or "of", "name"?, "description"? } ], "attributes": [ { "slug" or "of",
/// "name"?, "choices": { "Red": "Rouge" } } ], "options": [ { "of", "product"?, "name"?, "choices"? } ] }</c>: content
/// in a culture other than the default, after the steps that made the products, categories and attributes. Each item
/// names its entity by slug, or by its default name (<c>of</c>): a generated recipe knows the names it gave, not the
/// slugs the shop made of them. An option item translates every product's option of that name (only that product's
/// with <c>product</c>, a slug), each with the choices among its own values. A shop without the culture skips the step.
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
        var products = await db.Set<Product>().AsNoTracking().Select(p => new Named(p.Id, p.Slug, p.Name)).ToListAsync(cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new Named(c.Id, c.Slug, c.Name)).ToListAsync(cancellationToken);
        var attributes = await db.Set<AttributeDefinition>().AsNoTracking().Select(a => new Named(a.Id, a.Slug, a.Name)).ToListAsync(cancellationToken);
        foreach (var (kind, field, ids) in new[] { (ContentKind.Product, "products", products), (ContentKind.Category, "categories", categories), (ContentKind.Attribute, "attributes", attributes) })
        {
            foreach (var (item, path) in context.Items(field).ToList())
            {
                var slug = context.OptionalString(item, "slug", path, Slugs.MaxLength);
                var of = slug is null ? context.RequiredString(item, "of", path, Product.NameMaxLength) : null;
                var found = ids.Where(e => slug is null ? e.Name == of : e.Slug == slug).Take(2).ToList();
                if (found.Count != 1)
                {
                    throw context.Error(path + (slug is null ? ".of" : ".slug"), $"names {(found.Count == 0 ? "no" : "more than one")} {field[..^1]} '{slug ?? of}'");
                }

                var id = found[0].Id;
                var input = new ContentTranslationInput(
                    context.OptionalString(item, "name", path, 20_000),
                    context.OptionalString(item, "description", path, 20_000),
                    context.OptionalString(item, "seoTitle", path, 20_000),
                    context.OptionalString(item, "seoDescription", path, 20_000),
                    Choices(context, item, path));
                context.Check(path, await editor.SaveAsync(kind, id, culture, input, cancellationToken));
            }
        }

        var options = await db.Set<ProductOption>().AsNoTracking()
            .Join(db.Set<Product>(), o => o.ProductId, p => p.Id, (o, p) => new { o.Id, o.Name, o.Values, p.Slug })
            .ToListAsync(cancellationToken);
        foreach (var (item, path) in context.Items("options").ToList())
        {
            var of = context.RequiredString(item, "of", path, ProductOption.NameMaxLength);
            var product = context.OptionalString(item, "product", path, Slugs.MaxLength);
            var matched = options.Where(o => o.Name == of && (product is null || o.Slug == product)).ToList();
            if (matched.Count == 0)
            {
                throw context.Error(path + ".of", $"names no product option '{of}'{(product is null ? string.Empty : $" of product '{product}'")}");
            }

            var name = context.OptionalString(item, "name", path, 20_000);
            var choices = Choices(context, item, path);
            foreach (var option in matched)
            {
                // Shared by every product's option of that name: each takes the translations of its own values.
                var own = choices.Where(c => option.Values.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
                context.Check(path, await editor.SaveAsync(ContentKind.Option, option.Id, culture, new ContentTranslationInput(name, Choices: own), cancellationToken));
            }
        }
    }

    private static Dictionary<string, string> Choices(RecipeStepContext context, JsonElement item, string path)
    {
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.TryGetProperty("choices", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var choice in map.EnumerateObject())
            {
                choices[choice.Name] = choice.Value.ValueKind == JsonValueKind.String ? choice.Value.GetString()! : throw context.Error($"{path}.choices.{choice.Name}", "must be a string");
            }
        }

        return choices;
    }

    private sealed record Named(int Id, string Slug, string Name);
}
