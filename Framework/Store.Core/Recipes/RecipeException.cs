namespace Store.Core.Recipes;

/// <summary>A recipe that cannot be applied, naming the step and the field at fault.</summary>
public sealed class RecipeException(string step, string field, string message)
    : Exception($"Recipe step '{step}', field '{field}': {message}")
{
    public string Step { get; } = step;

    public string Field { get; } = field;
}
