namespace Store.Core.Recipes;

/// <summary>
/// Handles one named step of a recipe, e.g. <c>{ "name": "products", "products": [...] }</c>. A module
/// registers its steps with <c>services.AddRecipeStep&lt;T&gt;()</c>. A bad value throws
/// <see cref="RecipeException"/> naming the field; the whole setup is then rolled back.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
