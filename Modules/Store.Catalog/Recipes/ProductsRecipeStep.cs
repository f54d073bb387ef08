using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Media;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Core.Recipes;

namespace Store.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "products", "products": [ { "name", "sku", "price" (minor units), "compareAtPrice"?, "stock"?,
/// "published"?, "description"?, "taxCategory"? (a tax category code), "weight"? (grams), "categories": [slugs], "attributes": { slug: value },
/// "images": [ { "alt", "generate": { "shape", "color", "accent" } } ],
/// "options"?: [ { "name": "Size", "values": ["S", "M"] } ],
/// "variants"?: [ { "options": ["S"], "sku", "price"?, "compareAtPrice"?, "stock"?, "barcode"?, "image"? (index into images), "taxCategory"?, "weight"? } ] } ] }</c>.
/// With variants, "sku" and "stock" of the product are not used and "price" is the price of variants that give none.
/// Images are drawn at setup.
/// </summary>
internal sealed class ProductsRecipeStep : IRecipeStep
{
    public string Name => "products";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<ProductEditor>();
        var images = context.Services.GetRequiredService<ImageProcessor>();
        foreach (var (item, path) in context.Items("products").ToList())
        {
            var imageInputs = new List<ImageInput>();
            foreach (var (image, imagePath) in context.Items(item, "images", path + ".images"))
            {
                var alt = context.OptionalString(image, "alt", imagePath, ProductImage.AltMaxLength);
                if (!image.TryGetProperty("generate", out var spec) || spec.ValueKind != JsonValueKind.Object)
                {
                    throw context.Error(imagePath + ".generate", "describe the picture to draw: { \"shape\", \"color\", \"accent\" }");
                }

                var bytes = DemoImages.Draw(
                    context.OptionalString(spec, "shape", imagePath + ".generate", 20) ?? "circle",
                    context.OptionalString(spec, "color", imagePath + ".generate", 9) ?? "#0f6b5c",
                    context.OptionalString(spec, "accent", imagePath + ".generate", 9) ?? "#f4f1ea");
                var upload = await images.StoreAsync(bytes, cancellationToken);
                imageInputs.Add(new ImageInput(upload.Key ?? throw context.Error(imagePath, upload.Error!), alt));
            }

            var attributes = new Dictionary<string, string?>();
            if (item.TryGetProperty("attributes", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var value in values.EnumerateObject())
                {
                    attributes[value.Name] = value.Value.ValueKind switch
                    {
                        JsonValueKind.String => value.Value.GetString(),
                        JsonValueKind.True => "yes",
                        JsonValueKind.False => "no",
                        JsonValueKind.Number => value.Value.GetRawText(),
                        _ => throw context.Error($"{path}.attributes.{value.Name}", "must be a string, number or true/false"),
                    };
                }
            }

            var options = context.Items(item, "options", path + ".options").Select(o => new OptionInput(
                context.RequiredString(o.Item, "name", o.Path, ProductOption.NameMaxLength),
                context.Items(o.Item, "values", o.Path + ".values").Select(v => v.Item.GetString() ?? string.Empty).ToList())).ToList();
            var variants = item.TryGetProperty("variants", out _)
                ? context.Items(item, "variants", path + ".variants").Select(v => new VariantInput
                {
                    Options = context.Items(v.Item, "options", v.Path + ".options").Select(o => o.Item.GetString() ?? string.Empty).ToList(),
                    Sku = context.RequiredString(v.Item, "sku", v.Path, ProductVariant.SkuMaxLength),
                    Price = context.OptionalInteger(v.Item, "price", v.Path, 0, Prices.Max),
                    CompareAtPrice = context.OptionalInteger(v.Item, "compareAtPrice", v.Path, 0, Prices.Max),
                    Stock = (int)(context.OptionalInteger(v.Item, "stock", v.Path, 0, int.MaxValue) ?? 0),
                    Barcode = context.OptionalString(v.Item, "barcode", v.Path, ProductVariant.BarcodeMaxLength),
                    ImageKey = context.OptionalInteger(v.Item, "image", v.Path, 0, imageInputs.Count - 1) is { } index ? imageInputs[(int)index].Key : null,
                    TaxCategory = context.OptionalString(v.Item, "taxCategory", v.Path, 40),
                    WeightGrams = (int?)context.OptionalInteger(v.Item, "weight", v.Path, 0, VariantRules.MaxWeightGrams),
                }).ToList()
                : null;
            var input = new ProductInput
            {
                Name = context.RequiredString(item, "name", path, Product.NameMaxLength),
                Slug = context.OptionalString(item, "slug", path, Slugs.MaxLength),
                Sku = variants is null ? context.RequiredString(item, "sku", path, ProductVariant.SkuMaxLength) : null,
                Description = context.OptionalString(item, "description", path, Product.DescriptionMaxLength),
                Price = context.OptionalInteger(item, "price", path, 0, Prices.Max) ?? (variants is null ? throw context.Error(path + ".price", "is required (minor units)") : null),
                CompareAtPrice = context.OptionalInteger(item, "compareAtPrice", path, 0, Prices.Max),
                Stock = (int)(context.OptionalInteger(item, "stock", path, 0, int.MaxValue) ?? 0),
                Published = context.OptionalBoolean(item, "published", path, true),
                TaxCategory = context.OptionalString(item, "taxCategory", path, 40),
                WeightGrams = (int?)context.OptionalInteger(item, "weight", path, 0, VariantRules.MaxWeightGrams),
                SeoTitle = context.OptionalString(item, "seoTitle", path, Product.SeoTitleMaxLength),
                SeoDescription = context.OptionalString(item, "seoDescription", path, Product.SeoDescriptionMaxLength),
                Categories = context.Items(item, "categories", path + ".categories").Select(c => c.Item.GetString() ?? string.Empty).ToList(),
                Attributes = attributes,
                Images = imageInputs,
                Options = options,
                Variants = variants,
            };
            var (product, errors) = await editor.SaveAsync(null, input, cancellationToken);
            if (product is null)
            {
                var (key, message) = errors.First();
                throw context.Error($"{path}.{key}", message);
            }
        }
    }
}
