namespace Store.Taxes.Contracts;

/// <summary>A tax category as other modules see it: its code (what products store), name, and whether it is the default.</summary>
public sealed record TaxCategoryInfo(string Code, string Name, bool IsDefault);
