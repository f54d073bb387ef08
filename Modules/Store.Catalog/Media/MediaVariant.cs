namespace Store.Catalog.Media;

public enum MediaVariant
{
    Original,
    Thumb,
    Card,
    Detail,
}
