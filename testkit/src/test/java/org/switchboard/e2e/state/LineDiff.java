package org.switchboard.e2e.state;

import java.util.ArrayList;
import java.util.List;

/** A minimal line diff (longest common subsequence): the removed lines as "-x", the added as "+x", a
 * removal before the addition that replaces it. */
final class LineDiff {
    private LineDiff() { }

    static List<String> of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.add("-" + before.get(i++));
            } else {
                out.add("+" + after.get(j++));
            }
        }
        return out;
    }
}
