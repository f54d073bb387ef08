using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Media;
using Store.Catalog.Products;
using Store.Catalog.Recipes;
using Store.Catalog.Variants;

namespace Store.Tests.Catalog;

/// <summary>Products with options made through the editor, as a merchandiser makes them.</summary>
public static class VariantProducts
{
    public static readonly string[] Sizes = ["S", "M", "L"];
    public static readonly string[] Colours = ["Red", "Blue"];

    /// <summary>
    /// A published "{prefix} tee" in sizes S, M, L and colours Red, Blue: SKU "{prefix}-{size}-{colour}", $15 (L: $17),
    /// <paramref name="stock"/> each; with <paramref name="pictures"/>, a red and a blue picture, each colour's variants showing theirs.
    /// </summary>
    public static async Task<Product> TeeAsync(IServiceProvider services, string prefix, int stock, bool pictures = false)
    {
        await using var scope = services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ProductEditor>();
        var images = new Dictionary<string, string>();
        if (pictures)
        {
            var processor = scope.ServiceProvider.GetRequiredService<ImageProcessor>();
            foreach (var (colour, hex) in new[] { ("Red", "#c0392b"), ("Blue", "#2457a6") })
            {
                images[colour] = (await processor.StoreAsync(DemoImages.Draw("shirt", hex, "#f4f1ea"), CancellationToken.None)).Key!;
            }
        }

        var (product, errors) = await editor.SaveAsync(null, new ProductInput
        {
            Name = prefix + " tee",
            Price = 1500,
            Published = true,
            Categories = ["mugs"],
            Images = [.. images.Select(i => new ImageInput(i.Value, $"{prefix} tee in {i.Key.ToLowerInvariant()}"))],
            Options = [new OptionInput("Size", Sizes), new OptionInput("Colour", Colours)],
            Variants = [.. Sizes.SelectMany(s => Colours.Select(c => new VariantInput
            {
                Options = [s, c],
                Sku = $"{prefix}-{s}-{c}",
                Price = s == "L" ? 1700 : null,
                Stock = stock,
                ImageKey = images.GetValueOrDefault(c),
            }))],
        }, CancellationToken.None);
        Assert.Empty(errors);
        return product!;
    }
}
