namespace Store.Catalog.Categories;

public sealed record CategoryNode(int Id, string Name, string Slug, string Description, int? ParentId, int SortOrder, int Version = 0, int? ReturnDays = null)
{
    public string Url => "/categories/" + Slug;
}
