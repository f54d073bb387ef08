namespace Store.Taxes.Contracts;

/// <summary>
/// One amount to tax in minor units (a line total or the shipping), with its tax category's code; a null
/// <see cref="Category"/> means the shop's default category.
/// </summary>
public sealed record TaxableAmount(string? Category, long Amount);
