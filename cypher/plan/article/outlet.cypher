// The outlet an article names as its publisher (an id seek on the article's `outletId`).
MATCH (that:Outlet {id: this.outletId})
