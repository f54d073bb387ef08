namespace Store.Catalog.Categories;

public sealed record CategoryNode(int Id, string Name, string Slug, string Description, int? ParentId, int SortOrder, int Version = 0)
{
    public string Url => "/categories/" + Slug;
}
