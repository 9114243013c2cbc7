package cn.yingshang.platform;

import java.util.List;

/**
 * A module's part of the landing pages: what the signed-in user has waiting in that module, read
 * from the module's own tables. The platform only collects and shows them, so no module reads
 * another's data. Return nothing for a role or portal the module has no work for.
 */
public interface WorkToDo {

    List<ToDo> waitingFor(SignedInUser user, Portal portal);
}
