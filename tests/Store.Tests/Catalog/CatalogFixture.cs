using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Recipes;

namespace Store.Tests.Catalog;

/// <summary>Fills a set-up shop from a recipe-shaped JSON file next to the tests, through the catalog's own recipe steps.</summary>
public static class CatalogFixture
{
    public const string DefaultFile = "catalog-fixture.json";

    public static async Task SeedAsync(IServiceProvider services, string file = DefaultFile, string folder = "Catalog")
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, folder, file));
        using var document = JsonDocument.Parse(json);
        var steps = document.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.Clone()).ToList();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(new Recipe("fixture", string.Empty, steps), scope.ServiceProvider, "USD", CancellationToken.None);
    }

    /// <summary>A fresh folder for the media store of one test class.</summary>
    public static string NewMediaRoot() => Path.Combine(Path.GetTempPath(), "store-tests-media", Guid.NewGuid().ToString("n"));
}
