using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Wishlist.Sharing;

internal sealed class WishlistShareConfiguration : IEntityTypeConfiguration<WishlistShare>
{
    public void Configure(EntityTypeBuilder<WishlistShare> builder)
    {
        builder.ToTable("WishlistShares");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasIndex(s => s.Token).IsUnique();
    }
}
