using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Wishlist.Items;

internal sealed class WishlistItemConfiguration : IEntityTypeConfiguration<WishlistItem>
{
    public void Configure(EntityTypeBuilder<WishlistItem> builder)
    {
        builder.ToTable("WishlistItems");
        builder.Property(i => i.UserId).HasMaxLength(450);
        // One row per user, product and variant: two saves at once (a double click) keep one.
        builder.HasIndex(i => new { i.UserId, i.ProductId, i.VariantId }).IsUnique();
    }
}
