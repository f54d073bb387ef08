namespace Store.Taxes.Categories;

/// <summary>
/// A kind of goods taxed alike ("Standard", "Reduced", "Zero"). Products name it by <see cref="Code"/>; exactly
/// one is the default, used by products that name none.
/// </summary>
public sealed class TaxCategory
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool IsDefault { get; set; }
}
