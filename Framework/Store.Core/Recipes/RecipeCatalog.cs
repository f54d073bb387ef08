using System.Text.Json;

namespace Store.Core.Recipes;

/// <summary>The recipes shipped in the <c>Recipes</c> folder beside the application.</summary>
public sealed class RecipeCatalog
{
    private readonly Dictionary<string, Recipe> _recipes = new(StringComparer.OrdinalIgnoreCase);

    public RecipeCatalog(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            var name = root.TryGetProperty("name", out var n) ? n.GetString() : null;
            name ??= Path.GetFileNameWithoutExtension(file);
            var description = root.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
            var steps = root.TryGetProperty("steps", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(e => e.Clone()).ToList()
                : [];
            _recipes[name] = new Recipe(name, description, steps);
        }
    }

    public IEnumerable<Recipe> All => _recipes.Values.OrderBy(r => r.Name, StringComparer.Ordinal);

    public Recipe? Find(string name) => _recipes.GetValueOrDefault(name);
}
