namespace Store.Taxes.Api;

/// <summary>A tax category in the API.</summary>
public sealed record TaxCategoryResponse(int Id, string Code, string Name, bool IsDefault);
