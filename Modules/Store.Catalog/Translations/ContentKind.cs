namespace Store.Catalog.Translations;

/// <summary>What a <see cref="ContentTranslation"/> translates; stored as a number.</summary>
public enum ContentKind
{
    Product = 1,
    Category = 2,
    Attribute = 3,

    /// <summary>One product's option (<see cref="Variants.ProductOption"/>, by its id): its name, and its values as choices.</summary>
    Option = 4,
}
