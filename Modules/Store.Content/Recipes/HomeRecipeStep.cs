using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Content.Home;
using Store.Core.Recipes;

namespace Store.Content.Recipes;

/// <summary>
/// <c>{ "name": "home", "sections": [ { "kind": "hero|featured|categories|newArrivals|onSale", "visible"?, "heading"?, "text"?,
/// "image"? or "imageFromProduct"? (a product slug: its first picture), "imageAlt"?, "linkText"?, "linkUrl"?, "items"? [slugs],
/// "count"? } ] }</c>: the whole home page, replacing the sections already there. Run it after the products.
/// </summary>
internal sealed class HomeRecipeStep : IRecipeStep
{
    public string Name => "home";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<HomeEditor>();
        var catalog = context.Services.GetRequiredService<ICatalogShowcase>();
        await editor.ClearAsync(cancellationToken);
        foreach (var (item, path) in context.Items("sections").ToList())
        {
            var kindText = context.RequiredString(item, "kind", path, 20);
            if (!Enum.TryParse<HomeSectionKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw context.Error($"{path}.kind", "must be hero, featured, categories, newArrivals or onSale");
            }

            var image = context.OptionalString(item, "image", path, HomeSection.UrlMaxLength);
            if (context.OptionalString(item, "imageFromProduct", path, 200) is { } productSlug)
            {
                image = await catalog.ProductPictureAsync(productSlug, cancellationToken)
                    ?? throw context.Error($"{path}.imageFromProduct", $"no product '{productSlug}' with a picture");
            }

            var items = context.Items(item, "items", $"{path}.items")
                .Select(i => i.Item.ValueKind == System.Text.Json.JsonValueKind.String ? i.Item.GetString()! : throw context.Error(i.Path, "must be a slug"));
            var input = new HomeSectionInput(
                kind,
                context.OptionalBoolean(item, "visible", path, true),
                context.OptionalString(item, "heading", path, HomeSection.HeadingMaxLength),
                context.OptionalString(item, "text", path, HomeSection.TextMaxLength),
                image,
                context.OptionalString(item, "imageAlt", path, HomeSection.HeadingMaxLength),
                context.OptionalString(item, "linkText", path, HomeSection.HeadingMaxLength),
                context.OptionalString(item, "linkUrl", path, HomeSection.UrlMaxLength),
                string.Join('\n', items),
                (int?)context.OptionalInteger(item, "count", path, 1, HomeSection.MaxCount) ?? 8);
            RecipeResults.Check(context, path, await editor.SaveAsync(null, input, cancellationToken));
        }
    }
}
