/** Shell: data source, SQL dialects and schema migrations shared by every feature. */
package io.vivier.storage;
