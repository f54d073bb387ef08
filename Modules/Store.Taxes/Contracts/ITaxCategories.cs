namespace Store.Taxes.Contracts;

/// <summary>
/// The tax categories read through the caller's unit of work (scoped), so a save inside a transaction (a recipe
/// that makes categories and then products) sees categories made earlier in it. Pages use the cached <see cref="ITaxSetup"/>.
/// </summary>
public interface ITaxCategories
{
    Task<IReadOnlyList<TaxCategoryInfo>> ListAsync(CancellationToken cancellationToken);
}
