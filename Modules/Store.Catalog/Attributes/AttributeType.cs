namespace Store.Catalog.Attributes;

public enum AttributeType
{
    Text = 0,
    Number = 1,
    YesNo = 2,
    Choice = 3,
}
