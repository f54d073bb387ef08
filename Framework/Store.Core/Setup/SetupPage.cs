namespace Store.Core.Setup;

/// <summary>The setup page's view model.</summary>
public sealed record SetupPage(SetupForm Form, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<RecipeOption> Recipes);

public sealed record RecipeOption(string Name, string Description, bool Selected);
