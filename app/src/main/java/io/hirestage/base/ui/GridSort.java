package io.hirestage.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The order a person sorted a grid in, for the same rows fetched outside it (a CSV export). */
public final class GridSort {

    private GridSort() {
    }

    public static Sort of(Grid<?> grid) {
        List<QuerySortOrder> orders = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList();
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }
}
