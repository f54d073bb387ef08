namespace Store.Catalog.Contracts;

/// <summary>How many approved reviews a product has and the sum of their stars (1 to 5 each).</summary>
public sealed record ProductRating(int Count, int Stars)
{
    /// <summary>The average in hundredths of a star (4.25 is 425), rounded half up: what the index sorts and filters by.</summary>
    public int Hundredths => Count == 0 ? 0 : (int)(((Stars * 200L / Count) + 1) / 2);

    public decimal Average => Hundredths / 100m;
}
