using System.Text.Json;

namespace Store.Core.Recipes;

/// <summary>A JSON file in <c>Recipes/</c>: a name, a description and an ordered list of steps.</summary>
public sealed record Recipe(string Name, string Description, IReadOnlyList<JsonElement> Steps);
