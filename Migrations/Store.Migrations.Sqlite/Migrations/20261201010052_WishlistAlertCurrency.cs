using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WishlistAlertCurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "StockAlerts",
                type: "TEXT",
                maxLength: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Currency",
                table: "StockAlerts");
        }
    }
}
