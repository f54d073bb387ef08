namespace Store.Taxes.Categories;

/// <summary>A tax category as staff send it (admin form, API, recipe); <see cref="Code"/> is what products name.</summary>
public sealed record TaxCategoryInput(string? Code, string? Name, bool IsDefault);
